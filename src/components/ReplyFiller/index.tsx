/**
 * The form, preview and 复制 button every reply widget shares: fields generated from the
 * template's placeholders, checked where their type has a format, a preview that marks
 * what is still missing, and a copy that refuses (naming the fields) until the reply is
 * complete. Enter in a field or Ctrl/⌘+Enter anywhere inside copies (never the Enter that
 * commits an input-method composition). The preview is built from the same segments as
 * the copied text, typography spaces included, so it reads exactly as what is copied. A
 * reply that names the agent asks for the nickname on its first copy.
 */
import React, {useEffect, useId, useRef, useState} from 'react';
import clsx from 'clsx';
import type {Channel, Placeholder} from '../../core/schema';
import type {Segment} from '../../core/template';
import {charCount, fillTemplate, type Field, type FillResult, type Values} from '../../client/fill';
import {copyText} from '../../client/clipboard';
import {setNickname, useProfile} from '../../client/profile';
import {cleanText, FIELD_MAX} from '../../core/safeText';
import {useSiteSettings} from '../../client/useKb';
import ProfilePanel, {NicknameDialog} from '../ProfilePanel';
import styles from './styles.module.css';

export interface ReplyFillerProps {
  template: string;
  placeholders: Readonly<Record<string, Placeholder>>;
  /** Controlled values (share them between widgets); leave out to keep them inside. */
  values?: Values;
  onValuesChange?: (next: Values) => void;
  channel?: Channel;
  /** Called with the exact text that went to the clipboard. */
  onCopied?: (text: string) => void;
  /** More buttons beside 复制. */
  actions?: React.ReactNode;
  copyLabel?: string;
  /** Accessible name of the whole form, e.g. the phrase title. */
  label: string;
  /** Put the cursor in the first empty field (or on 复制) when the form appears. */
  autoFocus?: boolean;
}

/**
 * The cursor to where the agent has to type: the first empty field of a reply form inside
 * `root`, else its 复制 button. Returns false when there is no form there.
 */
export function focusFirstEmpty(root: ParentNode | null | undefined): boolean {
  const fields = Array.from(root?.querySelectorAll<HTMLInputElement>('form [data-field] input') ?? []);
  const target = fields.find((i) => !i.value) ?? root?.querySelector<HTMLElement>('form [data-action=copy]');
  target?.focus();
  return Boolean(target);
}

const SMS_SEGMENT = 70;

export type Status = {kind: 'ok' | 'error'; text: string} | null;

/** "还不能复制：请先填写“订单号”，改正“快递单号”": what the refusal says. */
export function refusalMessage(result: FillResult, values: Values): string {
  const empty: string[] = [];
  const wrong: string[] = [];
  for (const f of result.fields) {
    if (!result.errors[f.name]) continue;
    const raw = values[f.name]?.trim();
    (f.fromProfile || !raw ? empty : wrong).push(`“${f.label}”`);
  }
  for (const [name, message] of Object.entries(result.errors)) if (name.startsWith('policy.')) wrong.push(message);
  const parts = [empty.length ? `请先填写${empty.join('、')}` : '', wrong.length ? `请改正${wrong.join('、')}` : ''].filter(Boolean);
  return `还不能复制：${parts.join('，') || '话术里还有未替换的占位符'}`;
}

function Preview({segments, errors, fields}: {segments: Segment[]; errors: Record<string, string>; fields: Field[]}) {
  const label = (name: string) => fields.find((f) => f.name === name)?.label ?? (name.startsWith('policy.') ? '政策' : name);
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          <React.Fragment key={i}>{s.value}</React.Fragment>
        ) : s.kind === 'filled' ? (
          <mark key={i} className={clsx(styles.filled, errors[s.name] && styles.invalid)} data-placeholder={s.name}>
            {s.value}
          </mark>
        ) : (
          <span key={i} className={styles.missing} data-placeholder={s.name} data-missing="">
            <span className="kb-sr-only">待填：</span>
            {label(s.name)}
          </span>
        ),
      )}
    </>
  );
}

export default function ReplyFiller({
  template,
  placeholders,
  values: controlled,
  onValuesChange,
  channel,
  onCopied,
  actions,
  copyLabel = '复制',
  label,
  autoFocus = false,
}: ReplyFillerProps): React.ReactElement {
  const site = useSiteSettings();
  const profile = useProfile();
  const uid = useId();
  const [own, setOwn] = useState<Values>({});
  const values = controlled ?? own;
  const setValues = (next: Values) => {
    if (!controlled) setOwn(next);
    onValuesChange?.(next);
  };
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [attempted, setAttempted] = useState(false);
  const [editProfile, setEditProfile] = useState(false);
  const [askNickname, setAskNickname] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const result = fillTemplate(template, {placeholders, profile, values, rules: site});
  const asked = result.fields.filter((f) => !f.fromProfile);
  const fromProfile = result.fields.filter((f) => f.fromProfile);
  const count = charCount(result.text);
  const fieldId = (name: string) => `${uid}-f-${name}`;

  // A message belongs to the reply it was about: another variant, tone, channel or any
  // change to a field makes "已复制" (or a refusal) stale, so it clears.
  const about = `${template}\u0000${channel ?? ''}\u0000${result.text}`;
  const [statusFor, setStatusFor] = useState<{about: string; status: Status}>({about, status: null});
  const status = statusFor.about === about ? statusFor.status : null;
  const setStatus = (next: Status, forText = about) => setStatusFor({about: forText, status: next});

  useEffect(() => {
    if (autoFocus) focusFirstEmpty(formRef.current?.parentNode);
    // Only when the form appears: later renders must not pull the cursor back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const needsNickname = fromProfile.some((f) => f.placeholder.type === 'agent_name') && !profile.agentName;
  const copyButton = () => formRef.current?.querySelector<HTMLElement>('[data-action=copy]');

  async function copy(result: FillResult, about: string) {
    if (!result.ok) {
      setAttempted(true);
      setStatus({kind: 'error', text: refusalMessage(result, values)});
      const first = asked.find((f) => result.errors[f.name]);
      if (first) document.getElementById(fieldId(first.name))?.focus();
      return;
    }
    try {
      await copyText(result.text);
      setStatus({kind: 'ok', text: `已复制（${charCount(result.text)} 字），可以粘贴给客户了`}, about);
      onCopied?.(result.text);
    } catch {
      setStatus({kind: 'error', text: '复制失败：浏览器不允许写入剪贴板。请在预览里选中文字，按 Ctrl+C 复制'}, about);
    }
  }

  function requestCopy() {
    if (needsNickname) setAskNickname(true);
    else void copy(result, about);
  }

  function saveNickname(name: string) {
    setNickname(name);
    setAskNickname(false);
    copyButton()?.focus();
    // Copy with the name just given (the profile re-renders after this click).
    const next = fillTemplate(template, {placeholders, profile: {...profile, agentName: name}, values, rules: site});
    void copy(next, `${template}\u0000${channel ?? ''}\u0000${next.text}`);
  }

  const lengthNote =
    channel === '在线聊天' && count > site.chatMaxChars
      ? `超过 ${site.chatMaxChars} 字，聊天里建议分两条发`
      : channel === '短信' && count > SMS_SEGMENT
        ? `超过 ${SMS_SEGMENT} 字，短信会拆成 ${Math.ceil(count / 67)} 条`
        : null;

  return (
    <form
      ref={formRef}
      className={styles.filler}
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        requestCopy();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        // The Enter that commits a pinyin composition only ends the composition.
        if (e.nativeEvent.isComposing || e.keyCode === 229) {
          e.preventDefault();
          return;
        }
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault();
          requestCopy();
        }
      }}>
      {asked.length > 0 && (
        <div className={styles.fields}>
          {asked.map((f) => {
            const id = fieldId(f.name);
            const error = result.errors[f.name];
            const shown = error && (touched[f.name] || attempted) ? error : null;
            const describedBy = [f.hint && `${id}-hint`, shown && `${id}-err`].filter(Boolean).join(' ') || undefined;
            return (
              <div key={f.name} className={styles.field} data-field={f.name}>
                <label htmlFor={id} className={styles.label}>
                  {f.label}
                  {f.hint && (
                    <span id={`${id}-hint`} className={styles.hint}>
                      {f.hint}
                    </span>
                  )}
                </label>
                <input
                  id={id}
                  name={f.name}
                  type={f.input}
                  inputMode={f.inputMode}
                  className={clsx('kb-input', styles.input)}
                  value={values[f.name] ?? ''}
                  maxLength={FIELD_MAX}
                  placeholder={f.input === 'text' && f.example ? `例：${f.example}` : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  aria-invalid={shown ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(e) => {
                    setValues({...values, [f.name]: cleanText(e.target.value, {max: FIELD_MAX})});
                  }}
                  onBlur={() => setTouched((t) => ({...t, [f.name]: true}))}
                />
                {shown && (
                  <span id={`${id}-err`} className={styles.error} data-error-for={f.name}>
                    {shown}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}

      <div className={styles.previewBox}>
        <div className={styles.previewHead}>
          <span>预览</span>
          <span className={clsx(styles.count, lengthNote && styles.countWarn)}>
            {count} 字{lengthNote && `：${lengthNote}`}
          </span>
        </div>
        <p className={styles.preview} data-preview="">
          <Preview segments={result.segments} errors={result.errors} fields={result.fields} />
        </p>
      </div>

      {fromProfile.length > 0 && (
        <div className={styles.profileLine}>
          <span>
            {fromProfile
              .map((f) => `${f.label}：${(f.placeholder.type === 'agent_name' ? profile.agentName : profile.platformName) || '未填写（复制时会请你填写）'}`)
              .filter((v, i, a) => a.indexOf(v) === i)
              .join('　')}
          </span>
          <button type="button" className={styles.linkButton} aria-expanded={editProfile} onClick={() => setEditProfile((v) => !v)}>
            {editProfile ? '收起' : '修改我的信息'}
          </button>
        </div>
      )}
      {editProfile && <ProfilePanel compact />}

      <div className={styles.actions}>
        <button type="submit" className="button button--primary button--sm" data-action="copy">
          {copyLabel}
        </button>
        {actions}
        <p role="status" aria-live="polite" className={clsx(styles.status, status && styles[status.kind])}>
          {status?.text}
        </p>
      </div>
      {askNickname && (
        <NicknameDialog
          onSave={saveNickname}
          onCancel={() => {
            setAskNickname(false);
            setStatus({kind: 'error', text: '还不能复制：请先填写“客服昵称”'});
            copyButton()?.focus();
          }}
        />
      )}
    </form>
  );
}
