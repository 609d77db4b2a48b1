/** Copy a phrase result filled with the agent's profile; report the outcome in words. */
import {useCallback, useState} from 'react';
import {copyText} from '../../client/clipboard';
import {recordCopy, useProfile} from '../../client/profile';
import {useSiteSettings} from '../../client/useKb';
import type {SearchResult} from '../../search/engine';
import {planPhraseCopy} from './copyPhrase';
import type {Tone} from '../../core/schema';

export function usePhraseCopy() {
  const profile = useProfile();
  const site = useSiteSettings();
  const [message, setMessage] = useState('');
  const copy = useCallback(
    async (r: SearchResult): Promise<boolean> => {
      if (!r.phrase) return false;
      const plan = planPhraseCopy(r.phrase, profile, site);
      if (!plan.ok) {
        setMessage(`“${r.title}”需要先填写：${plan.missing.join('、')}。按 Enter 打开话术页填写后再复制。`);
        return false;
      }
      try {
        await copyText(plan.text);
        const id = r.url.split('/').pop()!;
        const variant = r.phrase.v.find((v) => !v.channel || v.channel === '在线聊天') ?? r.phrase.v[0]!;
        recordCopy({id, tone: variant.tone as Tone, ...(variant.channel ? {channel: variant.channel as '在线聊天'} : {})});
        setMessage(`已复制“${r.title}”：${plan.text}`);
        return true;
      } catch {
        setMessage('复制失败：浏览器不允许写入剪贴板，请打开话术页手动复制。');
        return false;
      }
    },
    [profile, site],
  );
  return {copy, message, setMessage};
}
