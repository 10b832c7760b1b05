import type { Detector } from '../features.ts';
import { detectContacts } from './contacts.ts';
import { detectFactContradiction } from './facts.ts';
import { detectHandles } from './handles.ts';
import { detectImpersonation } from './impersonation.ts';
import { detectNoise, detectShape } from './noise.ts';
import { detectAlteredOfficialContent } from './official-content.ts';
import { detectTopic } from './topic.ts';
import { detectUrls } from './urls.ts';

// Impersonation first: a number offered by someone posing as staff is not someone else's data.
export const DETECTORS: readonly Detector[] = [
  detectImpersonation,
  detectContacts,
  detectUrls,
  detectHandles,
  detectShape,
  detectNoise,
  detectAlteredOfficialContent,
  detectFactContradiction,
  detectTopic,
];
