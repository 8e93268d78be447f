import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the speakers navigation. */
export const speakersMessages: Messages<
  'speakers' | 'company' | 'analysts' | 'operator' | 'turnsOne' | 'turnsMany' | 'share' | 'only' | 'onlyLabel' | 'jumpLabel'
> = {
  en: {
    speakers: 'Speakers',
    company: 'Company',
    analysts: 'Analysts',
    operator: 'Operator',
    turnsOne: '1 turn',
    turnsMany: '{count} turns',
    share: '{share} of words',
    only: 'Only',
    onlyLabel: 'Show only turns by {name}',
    jumpLabel: '{name}: go to the next turn',
  },
  'zh-Hant': {
    speakers: '發言者',
    company: '公司',
    analysts: '分析師',
    operator: '主持人',
    turnsOne: '1 次發言',
    turnsMany: '{count} 次發言',
    share: '佔 {share} 字數',
    only: '只看',
    onlyLabel: '只顯示 {name} 的發言',
    jumpLabel: '{name}：跳到下一次發言',
  },
};
