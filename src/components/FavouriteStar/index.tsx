/** ☆/★ beside a phrase: pins it to the workbench. One button everywhere a phrase is listed. */
import React from 'react';
import clsx from 'clsx';
import {useFavourites} from '../../client/profile';
import styles from './styles.module.css';

export default function FavouriteStar({id, title, className}: {id: string; title: string; className?: string}): React.ReactElement {
  const favourites = useFavourites();
  const on = favourites.has(id);
  return (
    <button
      type="button"
      className={clsx(styles.star, on && styles.on, className)}
      aria-pressed={on}
      aria-label={`收藏“${title}”`}
      title={on ? '取消收藏' : '收藏：在工作台置顶'}
      onClick={() => favourites.toggle(id)}>
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
}
