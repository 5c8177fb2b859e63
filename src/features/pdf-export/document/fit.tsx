import { createContext, useContext, type ReactNode } from 'react';
import { fitWords, type Measure } from '../fit-words';
import { BODY_SIZE, CONTENT_WIDTH } from './styles';

interface Fit {
  measure: Measure | undefined;
  /** Width in points that text drawn here may use. */
  width: number;
}

const FitContext = createContext<Fit>({ measure: undefined, width: CONTENT_WIDTH });

/** Gives the document the fonts' measure; text inside starts with the page's content width. */
export function FitProvider({ measure, children }: { measure?: Measure; children: ReactNode }) {
  return (
    <FitContext.Provider value={{ measure, width: CONTENT_WIDTH }}>{children}</FitContext.Provider>
  );
}

/** Narrows the width for what is inside (a padded box, a table column). */
export function FitWidth({ width, children }: { width: number; children: ReactNode }) {
  const { measure } = useContext(FitContext);
  return <FitContext.Provider value={{ measure, width }}>{children}</FitContext.Provider>;
}

interface FitOptions {
  size?: number;
  /** Width in points; by default the context's, less `inset`. */
  width?: number;
  bold?: boolean;
}

/** Text with a line break put inside any word too wide for the width it is drawn in. */
export function useFit(inset = 0): (text: string, options?: FitOptions) => string {
  const { measure, width: available } = useContext(FitContext);
  return (text, { size = BODY_SIZE, width = available - inset, bold = false } = {}) =>
    measure ? fitWords(text, width, size, measure, bold) : text;
}
