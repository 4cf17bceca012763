import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  type PasswordViolation,
  passwordViolations,
} from '@zonehub/password-policy';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const RULES: PasswordViolation[] = ['tooShort', 'tooFewClasses', 'containsUsername'];

/** The password rules, each ticked or crossed as the user types (the server checks the same rules). */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  const violations = passwordViolations(password, username);
  const shown: PasswordViolation[] = violations.includes('tooLong') ? [...RULES, 'tooLong'] : RULES;
  const params = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, classes: PASSWORD_MIN_CLASSES };
  return (
    <Flex vertical gap={2} data-testid="password-rules" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('password.rules')}</Typography.Text>
      {shown.map((rule) => {
        const broken = password.length > 0 && violations.includes(rule);
        const met = password.length > 0 && !broken;
        return (
          <Typography.Text key={rule} type={broken ? 'danger' : met ? 'success' : 'secondary'} data-rule={rule}>
            {met ? <CheckCircleFilled /> : <CloseCircleFilled style={{ opacity: broken ? 1 : 0.35 }} />}{' '}
            {t(`password.rule.${rule}`, params)}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

/** A form rule that refuses what the shared policy refuses, with the first broken rule as message. */
export function passwordPolicyValidator(username: () => string, message: (v: PasswordViolation) => string) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const first = passwordViolations(value ?? '', username())[0];
      if (value && first) throw new Error(message(first));
    },
  };
}
