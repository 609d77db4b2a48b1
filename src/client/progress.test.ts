// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {loadRead, loadResults, recordResult, resetProgress, setRead} from './progress';

beforeEach(() => {
  resetProgress();
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('progress storage', () => {
  it('marks pages read and unread', () => {
    expect(setRead('/docs/sop', true, new Date('2026-03-02T08:00:00Z'))).toBe(true);
    expect(loadRead()).toEqual({'/docs/sop': '2026-03-02T08:00:00.000Z'});
    expect(JSON.parse(localStorage.getItem('kb:onboarding-read')!)).toEqual({'/docs/sop': '2026-03-02T08:00:00.000Z'});
    setRead('/docs/sop', false);
    expect(loadRead()).toEqual({});
  });

  it('keeps the last score, the best score and the number of runs', () => {
    recordResult('peak-queue', 60, new Date('2026-03-02T08:00:00Z'));
    recordResult('peak-queue', 100);
    recordResult('peak-queue', 40);
    expect(loadResults()['peak-queue']).toMatchObject({last: 40, best: 100, runs: 3});
  });

  it('recovers from corrupt storage: empty progress and a warning, nothing thrown', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('kb:onboarding-read', '{not json');
    localStorage.setItem('kb:practice-results', JSON.stringify({'peak-queue': {best: 'a lot'}}));
    expect(loadRead()).toEqual({});
    expect(loadResults()).toEqual({});
    expect(warn).toHaveBeenCalled();
    expect(localStorage.getItem('kb:onboarding-read')).toBeNull();
    // And it works again afterwards.
    setRead('/docs/sop', true);
    expect(Object.keys(loadRead())).toEqual(['/docs/sop']);
  });

  it('keeps working in memory when the browser refuses to store', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(setRead('/docs/sop/reception', true)).toBe(false);
    expect(Object.keys(loadRead())).toEqual(['/docs/sop/reception']);
  });
});
