import { translateDynamic } from '../../i18n';
import type { ClassificationSummary } from './enterprises.api';

/** 四上（工业）, 专精特新（国家级小巨人）, 链主 … as a tag reads. */
export function classificationLabel(c: ClassificationSummary): string {
  const kind = translateDynamic(`enterprises.kind.${c.kind}`, c.kind);
  if (c.sector) return `${kind}（${translateDynamic(`enterprises.sector.${c.sector}`, c.sector)}）`;
  if (c.level) return `${kind}（${translateDynamic(`enterprises.level.${c.level}`, c.level)}）`;
  return kind;
}
