/** Components every MDX page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import Policy from '../components/Policy';
import StagePhrases from '../components/StagePhrases';
import StageQa from '../components/StageQa';
import PhrasePicker from '../components/PhrasePicker';

export default {
  ...MDXComponents,
  Policy,
  StagePhrases,
  StageQa,
  PhrasePicker,
};
