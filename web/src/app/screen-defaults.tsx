import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useNarrowScreen, usePhoneScreen } from './use-screen';

const WIDE_TABLES = { scroll: { x: 'max-content' as const } };
// A bordered table shares one column of labels: without this a label's Chinese could break after
// every character when a long value claims the width ("包/联/领/导"); English labels still wrap at spaces.
const WHOLE_LABELS = { styles: { label: { wordBreak: 'keep-all' as const } } };
const TIGHT_CARDS = { components: { Card: { bodyPadding: 12, headerPadding: 12 } } };

/**
 * Defaults for the pages' components on a small screen, so pages need no phone code of their own:
 * below lg a table scrolls sideways inside its card instead of squeezing its cells; on a phone cards
 * give their padding to the content and descriptions keep their labels whole. Always rendered (with
 * nothing set on a desktop), so crossing a breakpoint does not remount the page.
 */
export function ScreenDefaults({ children }: { children: ReactNode }) {
  const narrow = useNarrowScreen();
  const phone = usePhoneScreen();
  return (
    <ConfigProvider
      table={narrow ? WIDE_TABLES : undefined}
      descriptions={phone ? WHOLE_LABELS : undefined}
      theme={phone ? TIGHT_CARDS : undefined}
    >
      {children}
    </ConfigProvider>
  );
}
