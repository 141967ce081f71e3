import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../strings';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** 中文 / English: the page, the report sheets and the messages follow it. */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('language', lang)} className={styles.group}>
      <ToggleButton size="small" checked={lang === 'zh'} lang="zh-CN" onClick={() => onChange('zh')}>
        中文
      </ToggleButton>
      <ToggleButton size="small" checked={lang === 'en'} lang="en" onClick={() => onChange('en')}>
        English
      </ToggleButton>
    </div>
  );
}
