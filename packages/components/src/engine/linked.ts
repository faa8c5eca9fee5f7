/** The engine linked statically, for the editor, which checks on every keystroke. */
import * as engineModule from '@gongkai/engine';
import { engineApi } from './api.js';

export const engine = engineApi(engineModule);
