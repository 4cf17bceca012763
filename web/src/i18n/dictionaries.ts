import { admin as enAdmin } from './en-US/admin';
import { audit as enAudit } from './en-US/audit';
import { auth as enAuth } from './en-US/auth';
import { common as enCommon } from './en-US/common';
import { home as enHome } from './en-US/home';
import type { Locale } from './locale';
import { admin as zhAdmin } from './zh-CN/admin';
import { audit as zhAudit } from './zh-CN/audit';
import { auth as zhAuth } from './zh-CN/auth';
import { common as zhCommon } from './zh-CN/common';
import { home as zhHome } from './zh-CN/home';

/** The zh-CN dictionary is the reference: its keys are the keys of the app. */
export const zhCN = { ...zhCommon, ...zhAuth, ...zhHome, ...zhAdmin, ...zhAudit };

export type TranslationKey = keyof typeof zhCN;

export const enUS: Record<TranslationKey, string> = { ...enCommon, ...enAuth, ...enHome, ...enAdmin, ...enAudit };

export const DICTIONARIES: Record<Locale, Record<TranslationKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
