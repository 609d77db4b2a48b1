/** Components every MDX page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import Policy from '../components/Policy';
import StagePhrases from '../components/StagePhrases';
import StageQa from '../components/StageQa';
import PhrasePicker from '../components/PhrasePicker';
import WordingTrainer from '../components/WordingTrainer';
import SoothingBuilder from '../components/SoothingBuilder';
import ChoiceBuilder from '../components/ChoiceBuilder';
import LearningPath from '../components/LearningPath';
import {CaseChat, CaseLine, CaseSummary} from '../components/CaseReview';
import {CardBlock, CardFlow, QuickCard} from '../components/QuickCard';

export default {
  ...MDXComponents,
  Policy,
  StagePhrases,
  StageQa,
  PhrasePicker,
  WordingTrainer,
  SoothingBuilder,
  ChoiceBuilder,
  LearningPath,
  CaseSummary,
  CaseChat,
  CaseLine,
  QuickCard,
  CardFlow,
  CardBlock,
};
