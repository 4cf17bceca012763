import { Flex } from 'antd';
import { MethodsCard } from './methods-card';
import { TargetsCard } from './targets-card';
import { WeightsCard } from './weights-card';

/** 招商设置 (zone admins): contest weights and reminder days, targets per period, promotion methods. */
export function InvestmentSettingsPage() {
  return (
    <Flex vertical gap={16} data-testid="investment-settings-page">
      <WeightsCard />
      <TargetsCard />
      <MethodsCard />
    </Flex>
  );
}
