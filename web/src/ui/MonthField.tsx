/** A year or a month as typed (`2017`, `2017-06`), anything else none. */
const typedMonth = (text: string): string | undefined => (/^\d{4}(-\d{2})?$/.test(text.trim()) ? text.trim() : undefined);

/**
 * A filter's bound typed as a year or a month, applied when the field is left; what is not one
 * clears the bound (`onChange(undefined)`), so the page's default applies.
 */
export function MonthField({
  label,
  name,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  name: string;
  value: string | undefined;
  placeholder: string;
  onChange: (month: string | undefined) => void;
}) {
  return (
    <label className="audit-filters__field">
      <span className="control-group__title">{label}</span>
      <input
        className="input"
        name={name}
        inputMode="numeric"
        pattern="\d{4}(-\d{2})?"
        defaultValue={value ?? ''}
        placeholder={placeholder}
        onBlur={(e) => onChange(typedMonth(e.target.value))}
      />
    </label>
  );
}
