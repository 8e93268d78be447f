import { useId } from 'react';
import { Link } from 'react-router-dom';
import { format } from '../../../lib/i18n.ts';
import type { FilterOption, LibraryView } from '../library-view.ts';
import type { libraryMessages } from '../messages.ts';

type Strings = (typeof libraryMessages)['en'];

/** How the library is shown (by company, or last opened first) and its filters by company, period and analyst; all in the address. */
export function LibraryFilters({
  view,
  options,
  onChange,
  m,
}: {
  view: LibraryView;
  options: { companies: FilterOption[]; periods: FilterOption[]; analysts: FilterOption[] };
  onChange: (view: LibraryView) => void;
  m: Strings;
}) {
  const id = useId();
  const analyst = view.analyst ? options.analysts.find((option) => option.value === view.analyst) : undefined;
  return (
    <div className="lib-view-bar">
      <fieldset className="lib-view-switch">
        <legend className="visually-hidden">{m.viewLabel}</legend>
        {(
          [
            ['company', m.viewByCompany],
            ['opened', m.viewByOpened],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="lib-view-option">
            <input
              type="radio"
              name={`${id}-view`}
              value={value}
              checked={view.view === value}
              onChange={() => onChange({ ...view, view: value })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="lib-view-filters">
        <FilterSelect
          id={`${id}-company`}
          label={m.companyFilter}
          any={m.anyCompany}
          value={view.company}
          options={options.companies}
          onChange={(company) => onChange({ ...view, company })}
        />
        <FilterSelect
          id={`${id}-period`}
          label={m.periodFilter}
          any={m.anyPeriod}
          value={view.period}
          options={options.periods}
          onChange={(period) => onChange({ ...view, period })}
        />
        {options.analysts.length > 0 || view.analyst ? (
          <FilterSelect
            id={`${id}-analyst`}
            label={m.analystFilter}
            any={m.anyAnalyst}
            value={view.analyst}
            options={options.analysts}
            onChange={(value) => onChange({ ...view, analyst: value })}
          />
        ) : null}
        {analyst ? (
          <Link to={`/analyst/${analyst.value}`} className="lib-view-person">
            {format(m.analystPage, { name: analyst.label })}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

function FilterSelect({
  id,
  label,
  any,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: FilterOption[];
  onChange: (value: string | null) => void;
}) {
  const known = value === null || options.some((option) => option.value === value);
  return (
    <span className="lib-view-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{any}</option>
        {known ? null : <option value={value ?? ''}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang="en">
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
