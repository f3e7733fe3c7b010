// The event editor (side panel): Label, Type, Start, End, Precision, Status, Participants, Places, Notes as
// labelled fields, Save and Cancel. Used to edit an event and to add one by hand; the form is checked before
// saving, with a specific message for the first problem.

import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { PRECISIONS, STATUSES, parseEventForm, type EventFields, type EventFieldsForm } from '../../app/model/event-fields';
import { EVENT_TYPES } from '../../app/model/event-types';

interface Props {
  title: string;
  initial: EventFieldsForm;
  onSave(fields: EventFields): void;
  onCancel(): void;
}

export function EventEditor({ title, initial, onSave, onCancel }: Props) {
  const idPrefix = useId();
  const [form, setForm] = useState<EventFieldsForm>(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (field: keyof EventFieldsForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseEventForm(form);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    onSave(parsed.fields);
  };
  // Labels point at their control (htmlFor) rather than wrapping it, so a select's options are not part of its name.
  const field = (name: keyof EventFieldsForm, label: string, control: (id: string) => ReactElement) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
      {control(`${idPrefix}-${name}`)}
    </div>
  );
  const text = (name: 'label' | 'participants' | 'places', label: string, hint?: string) =>
    field(name, label, (id) => (
      <input id={id} type="text" value={form[name]} onChange={set(name)} placeholder={hint} autoFocus={name === 'label'} />
    ));
  const select = (name: 'type' | 'precision' | 'status', label: string, options: ReadonlyArray<{ value: string; text: string }>) =>
    field(name, label, (id) => (
      <select id={id} value={form[name]} onChange={set(name)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    ));
  return (
    <aside className="side-panel event-editor" aria-label={title} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}>
      <h2>{title}</h2>
      <form onSubmit={submit} noValidate>
        {text('label', 'Label')}
        {select(
          'type',
          'Type',
          EVENT_TYPES.map((type) => ({ value: type.id, text: type.label })),
        )}
        <div className="field-row">
          {field('start', 'Start', (id) => (
            <input id={id} type="date" value={form.start} onChange={set('start')} />
          ))}
          {field('end', 'End', (id) => (
            <input id={id} type="date" value={form.end} onChange={set('end')} />
          ))}
        </div>
        {select(
          'precision',
          'Precision',
          PRECISIONS.map((value) => ({ value, text: value })),
        )}
        {select(
          'status',
          'Status',
          STATUSES.map((value) => ({ value, text: value })),
        )}
        {text('participants', 'Participants', 'comma-separated')}
        {text('places', 'Places', 'comma-separated')}
        {field('notes', 'Notes', (id) => (
          <textarea id={id} value={form.notes} onChange={set('notes')} rows={3} />
        ))}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="button primary">
            Save
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </aside>
  );
}
