/** React's view of register.ts: the same state on the server and in the first render. */
import {useSyncExternalStore} from 'react';
import {offlineStore, type OfflineState} from './register';

export const useOfflineState = (): OfflineState =>
  useSyncExternalStore(offlineStore.subscribe, offlineStore.getSnapshot, offlineStore.getServerSnapshot);
