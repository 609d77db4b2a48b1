/**
 * Asked on the first copy of a reply that names the agent: "客户会看到你的昵称". A modal
 * dialog: focus starts in the field and stays inside (Tab and Shift+Tab cycle), Esc or
 * 取消 closes it, and the caller puts focus back where it was. Enter saves, except the
 * Enter that commits an input-method composition.
 */
import React, {useEffect, useId, useRef, useState} from 'react';
import {createPortal} from 'react-dom';
import clsx from 'clsx';
import {cleanText} from '../../core/safeText';
import {useSiteSettings} from '../../client/useKb';
import styles from './styles.module.css';

const FOCUSABLE = 'input, button, [href], select, textarea, [tabindex]:not([tabindex="-1"])';

export interface NicknameDialogProps {
  /** Called with the trimmed nickname; the caller saves it and goes on copying. */
  onSave: (name: string) => void;
  onCancel: () => void;
  /** What will happen after saving, e.g. "保存并复制". */
  saveLabel?: string;
}

export default function NicknameDialog({onSave, onCancel, saveLabel = '保存并复制'}: NicknameDialogProps): React.ReactElement | null {
  const site = useSiteSettings();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  if (typeof document === 'undefined') return null;

  const submit = () => {
    const clean = cleanText(name, {max: 40}).trim();
    if (!clean) {
      setError('请填写昵称：客户会在回复里看到它，例如“我是客服阿青”。');
      input.current?.focus();
      return;
    }
    onSave(clean);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    // React events bubble through portals: keys pressed here are not the page's shortcuts.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => !el.hasAttribute('disabled'));
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !box.current?.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !box.current?.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className={styles.dialog}
        data-nickname-dialog=""
        onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`} className={styles.dialogTitle}>
          先填写你的客服昵称
        </h2>
        <p id={`${id}-desc`} className={styles.note}>
          这条回复里有你的昵称，客户会看到它。只需填一次，之后所有话术都会用它；可以在“我的信息”里修改。
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // Not a submit of the reply form this dialog was opened from.
            e.stopPropagation();
            submit();
          }}>
          <label htmlFor={`${id}-name`} className={styles.field}>
            客服昵称
          </label>
          <input
            ref={input}
            id={`${id}-name`}
            className={clsx('kb-input', styles.input)}
            value={name}
            maxLength={40}
            placeholder={`例如：${site.defaultAgentName}`}
            autoComplete="nickname"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onKeyDown={(e) => {
              // The Enter that commits a pinyin composition is not a submit.
              if (e.key === 'Enter' && (e.nativeEvent.isComposing || e.keyCode === 229)) e.preventDefault();
            }}
            onChange={(e) => {
              setName(e.target.value);
              if (error) setError('');
            }}
          />
          {error && (
            <p id={`${id}-err`} className={styles.warn} role="alert">
              {error}
            </p>
          )}
          <div className={styles.dialogActions}>
            <button type="submit" className="button button--primary button--sm">
              {saveLabel}
            </button>
            <button type="button" className="button button--secondary button--sm" onClick={onCancel}>
              取消
            </button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}
