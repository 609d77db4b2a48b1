import '@testing-library/jest-dom/vitest';
import {vi} from 'vitest';

// Components that search get the real engine over an in-memory index (see mocks/search.ts).
vi.mock('../client/search', async (importOriginal) => ({...(await importOriginal<object>()), ...(await import('./mocks/search'))}));
