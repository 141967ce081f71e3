/**
 * What a message is before it is words: a code, its parameters, and the
 * surface it will be shown on (each surface names its own controls).
 */
import type { L10n } from '../types';

/**
 * One parameter of a message: a number or a text shown as it is, a text in
 * both languages, or a list of those (joined with 、 in Chinese, ", " in English).
 */
export type Param = string | number | L10n | readonly Param[];

export type Params = Readonly<Record<string, Param>>;

/** A message before rendering: what every surface shows, each in its own words for its controls. */
export interface Coded {
  code: string;
  params: Params;
}

/** Where a message is shown: the controls it may name differ. */
export type Surface = 'cli' | 'web' | 'pane' | 'sheet';

/** Controls a message may ask the user to use. */
export type ControlKey = 'mapping' | 'ruleset' | 'sheet' | 'fullList' | 'convert';
