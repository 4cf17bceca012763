import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/problem';

function HomeButton() {
  const { t } = useTranslation();
  return (
    <Link to="/">
      <Button type="primary">{t('common.backHome')}</Button>
    </Link>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="error-403">
      <Result status="403" title={t('error.403.title')} subTitle={t('error.403.subtitle')} extra={<HomeButton />} />
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="error-404">
      <Result status="404" title={t('error.404.title')} subTitle={t('error.404.subtitle')} extra={<HomeButton />} />
    </div>
  );
}

export function ServerErrorPage({
  requestId,
  detail,
}: {
  requestId?: string | undefined;
  detail?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="error-500">
      <Result
        status="500"
        title={t('error.500.title')}
        subTitle={t('error.500.subtitle')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
        }
      >
        {detail && <Typography.Paragraph type="secondary">{detail}</Typography.Paragraph>}
        {requestId && (
          <Typography.Paragraph copyable={{ text: requestId }} data-testid="request-id">
            {t('common.requestId', { id: requestId })}
          </Typography.Paragraph>
        )}
      </Result>
    </div>
  );
}

/** The page for a failed query: 403 and 404 get their pages, anything else the 500 page. */
export function ErrorResult({ error }: { error: unknown }) {
  if (isApiError(error)) {
    if (error.status === 403) return <ForbiddenPage />;
    if (error.status === 404) return <NotFoundPage />;
    return <ServerErrorPage requestId={error.requestId} detail={error.message} />;
  }
  return <ServerErrorPage detail={error instanceof Error ? error.message : undefined} />;
}
