/** Test double for @generated/kb-content/default/qa-answers.json, built from the real data/ folder. */
import path from 'node:path';
import {loadContent} from '../../../core/load';
import {qaAnswers} from '../../../core/views';

export default qaAnswers(loadContent(path.resolve(__dirname, '../../../..')).content);
