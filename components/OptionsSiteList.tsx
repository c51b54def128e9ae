import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { OptionsRemovableList } from './OptionsRemovableList';

export type SiteInput = { site: string } | { error: 'empty' | 'invalid' };

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;

/**
 * What a user typed as a site (an address, or a host name with or without a
 * path or port), as the host name per-site settings compare pages with
 * (`siteOf`): lower case, international names in their punycode form.
 */
export function normalizeSite(input: string): SiteInput {
  const text = input.trim();
  if (!text) return { error: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//iu.test(text) ? text : `http://${text}`);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'invalid' };
  const host = url.hostname.replace(/\.$/u, '');
  return isHostName(host, text) ? { site: host } : { error: 'invalid' };
}

function isHostName(host: string, typed: string): boolean {
  if (host.startsWith('[')) return true; // an IPv6 address, already checked by URL
  // URL reads "123" as the address 0.0.0.123: take an IPv4 address only as typed.
  if (IPV4.test(host)) return typed.toLowerCase().includes(host);
  return host.length <= 253 && host.split('.').every((label) => LABEL.test(label));
}

interface OptionsSiteListProps {
  title: string;
  sites: string[];
  onChange(sites: string[]): void;
}

/** A list of sites, each with a Remove button, and a field to add one. */
export function OptionsSiteList({ title, sites, onChange }: OptionsSiteListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const result = normalizeSite(draft);
    if ('error' in result) setError(result.error === 'empty' ? t('optionsSiteEmpty') : t('optionsSiteInvalid', draft.trim()));
    else if (sites.includes(result.site)) setError(t('optionsSiteExists', result.site));
    else {
      setError('');
      setDraft('');
      onChange([...sites, result.site]);
    }
    input.current?.focus();
  };

  return (
    <section class="bs-options-sites" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <OptionsRemovableList
        items={sites.map((site) => ({ key: site, label: site, text: site }))}
        buttonText={t('optionsRemove')}
        buttonLabel={(site) => t('optionsRemoveSite', site)}
        onRemove={(site) => onChange(sites.filter((s) => s !== site))}
        fallbackFocus={input}
      />
      <form class="bs-options-add" onSubmit={add} noValidate>
        <label id={`${id}-label`} for={`${id}-input`}>
          {t('optionsAddSiteLabel')}
        </label>
        <div class="bs-options-add-row">
          <input
            ref={input}
            id={`${id}-input`}
            class="bs-options-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            placeholder={t('optionsSitePlaceholder')}
            value={draft}
            aria-labelledby={`${id}-title ${id}-label`}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit" id={`${id}-add`} class="bs-options-button" aria-labelledby={`${id}-add ${id}-title`}>
            {t('optionsAddSite')}
          </button>
        </div>
        <p id={`${id}-error`} class="bs-options-error" role="alert">
          {error}
        </p>
      </form>
    </section>
  );
}
