import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** The SOP is read in order: overview, the five stages, then the skills around them. */
const sidebars: SidebarsConfig = {
  sop: [
    'sop/index',
    {
      type: 'category',
      label: '服务五步',
      collapsed: false,
      items: ['sop/reception', 'sop/identify', 'sop/handle', 'sop/confirm', 'sop/close'],
    },
    {
      type: 'category',
      label: '沟通技巧',
      collapsed: false,
      items: ['skills/wording', 'skills/emotion', 'skills/expertise', 'skills/special', 'skills/operations'],
    },
  ],
  onboarding: [
    'onboarding/index',
    'onboarding/quick-reference',
    {
      type: 'category',
      label: '案例复盘',
      link: {type: 'doc', id: 'onboarding/cases/index'},
      items: [
        'onboarding/cases/damaged-gift',
        'onboarding/cases/delay-promise',
        'onboarding/cases/address-unchecked',
        'onboarding/cases/peak-queue',
        'onboarding/cases/used-item-dispute',
        'onboarding/cases/escalation-handover',
        'onboarding/cases/refund-follow-up',
      ],
    },
    {type: 'link', label: '情景模拟', href: '/practice'},
  ],
};

export default sidebars;
