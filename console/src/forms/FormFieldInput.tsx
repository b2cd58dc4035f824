import { Checkbox, Fieldset, MultiSelect, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { FormField, FormValues } from './command-schema';

export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]/g, '-')}`;
}

interface Props {
  readonly field: FormField;
  readonly values: FormValues;
  readonly errors: Record<string, string>;
  readonly onChange: (path: string, value: unknown) => void;
}

/** One input for one field of a command's body, chosen from its schema; the server's message for it shown beside it. */
export function FormFieldInput({ field, values, errors, onChange }: Props) {
  const common = {
    id: fieldId(field.path),
    label: field.label,
    description: field.description,
    required: field.required,
    error: errors[field.path],
  };
  const value = values[field.path];
  switch (field.kind) {
    case 'group':
      return (
        <Fieldset legend={field.label}>
          <Stack gap="sm">
            {(field.children ?? []).map((child) => (
              <FormFieldInput key={child.path} field={child} values={values} errors={errors} onChange={onChange} />
            ))}
          </Stack>
        </Fieldset>
      );
    case 'choice':
      return <Select {...common} data={[...(field.options ?? [])]} value={(value as string) ?? null} onChange={(next) => onChange(field.path, next ?? undefined)} clearable={!field.required} allowDeselect={!field.required} comboboxProps={{ withinPortal: true }} />;
    case 'choices':
      return <MultiSelect {...common} data={[...(field.options ?? [])]} value={(value as string[]) ?? []} onChange={(next) => onChange(field.path, next)} comboboxProps={{ withinPortal: true }} />;
    case 'list':
      return <TagsInput {...common} description={[field.description, 'Press Enter after each one.'].filter(Boolean).join(' ')} placeholder={field.example} value={(value as string[]) ?? []} onChange={(next) => onChange(field.path, next)} />;
    case 'number':
      return <NumberInput {...common} value={(value as number | string) ?? ''} onChange={(next) => onChange(field.path, next === '' ? undefined : next)} allowDecimal />;
    case 'boolean':
      return <Checkbox id={common.id} label={field.label} description={field.description} error={common.error} checked={value === true} onChange={(event) => onChange(field.path, event.currentTarget.checked)} />;
    case 'date':
      return <TextInput {...common} type="date" value={(value as string) ?? ''} onChange={(event) => onChange(field.path, event.currentTarget.value)} />;
    case 'instant':
      return <TextInput {...common} type="datetime-local" step={1} value={(value as string) ?? ''} onChange={(event) => onChange(field.path, event.currentTarget.value)} />;
    case 'long-text':
      return <Textarea {...common} autosize minRows={2} value={(value as string) ?? ''} onChange={(event) => onChange(field.path, event.currentTarget.value)} />;
    case 'json':
      return <Textarea {...common} description={[field.description, 'As JSON.'].filter(Boolean).join(' ')} autosize minRows={2} styles={{ input: { fontFamily: 'monospace' } }} value={(value as string) ?? ''} onChange={(event) => onChange(field.path, event.currentTarget.value)} />;
    default:
      return <TextInput {...common} placeholder={field.example ? `e.g. ${field.example}` : undefined} value={(value as string) ?? ''} onChange={(event) => onChange(field.path, event.currentTarget.value)} />;
  }
}
