import type { FieldError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import type { CoordinateRule } from './coordinate-ranges.js';
import type { GeometryProblem } from './geojson.js';

/**
 * The land features' field-error words in both languages. Field errors carry their message already
 * in the caller's language (the error handler only localizes title and detail).
 */
type LandFieldCode =
  | 'area.exactlyOne'
  | 'park.notInZone'
  | 'enterprise.notInZone'
  | 'parcel.notInPark'
  | 'date.beforeStart'
  | 'feature.unknownCode'
  | 'feature.duplicateCode'
  | `geometry.${GeometryProblem}`
  | `coordinate.${CoordinateRule}`;

const WORDS: Record<Locale, Record<LandFieldCode, string>> = {
  'zh-CN': {
    'area.exactlyOne': '面积须且只能填写一项：亩（areaMu）或平方米（areaM2）',
    'park.notInZone': '园区不属于当前开发区',
    'enterprise.notInZone': '企业不属于当前开发区',
    'parcel.notInPark': '地块不属于该园区',
    'date.beforeStart': '结束日期不能早于开始日期 {startedOn}',
    'feature.unknownCode': '园区内没有编号为 {code} 的地块',
    'feature.duplicateCode': '地块编号 {code} 在文件中重复（另见要素 {other}）',
    'geometry.notFeature': '不是 GeoJSON Feature',
    'geometry.noGeometry': '缺少几何图形',
    'geometry.geometryType': '几何类型须为 Polygon 或 MultiPolygon',
    'geometry.ringTooShort': '多边形的环至少需要 4 个坐标点',
    'geometry.ringOpen': '多边形的环未闭合（首尾坐标须相同）',
    'geometry.coordinate': '坐标须为有限数值 [x, y]',
    'geometry.noCode': '属性中缺少地块编号（code / 地块编号 / 编号 / parcelCode）',
    'coordinate.lonLatRange': '[{x}, {y}] 不是有效的经纬度（经度须在 -180 至 180、纬度须在 -90 至 90 之间）',
    'coordinate.outsideChina':
      '[{x}, {y}] 不在中国境内（经度 73 至 136、纬度 3 至 54）；请检查经纬度是否写反、文件声明的坐标系（crs）是否正确',
    'coordinate.planeRange': '平面坐标 [{x}, {y}] 超出范围（绝对值不超过 {limit} 米）',
  },
  'en-US': {
    'area.exactlyOne': 'give exactly one area: in mu (areaMu) or in m² (areaM2)',
    'park.notInZone': 'the park is not in this zone',
    'enterprise.notInZone': 'the enterprise is not in this zone',
    'parcel.notInPark': 'the parcel is not in this park',
    'date.beforeStart': 'the end date cannot be before the start date {startedOn}',
    'feature.unknownCode': 'the park has no parcel with code {code}',
    'feature.duplicateCode': 'parcel code {code} appears twice in the file (also feature {other})',
    'geometry.notFeature': 'is not a GeoJSON Feature',
    'geometry.noGeometry': 'has no geometry',
    'geometry.geometryType': 'geometry must be a Polygon or MultiPolygon',
    'geometry.ringTooShort': 'a polygon ring needs at least 4 positions',
    'geometry.ringOpen': 'a polygon ring is not closed (first and last position must be equal)',
    'geometry.coordinate': 'coordinates must be finite numbers [x, y]',
    'geometry.noCode': 'the properties carry no parcel code (code / 地块编号 / 编号 / parcelCode)',
    'coordinate.lonLatRange': '[{x}, {y}] is not a longitude and latitude (longitude -180 to 180, latitude -90 to 90)',
    'coordinate.outsideChina':
      '[{x}, {y}] is outside China (longitude 73 to 136, latitude 3 to 54); check for swapped axes and the file’s crs',
    'coordinate.planeRange': 'plane coordinate [{x}, {y}] is out of range (at most {limit} m either way)',
  },
};

export function landFieldError(
  locale: Locale,
  field: string,
  code: LandFieldCode,
  params: Record<string, string | number> = {},
  prefix = '',
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
  return { field, code, message: `${prefix}${text}` };
}
