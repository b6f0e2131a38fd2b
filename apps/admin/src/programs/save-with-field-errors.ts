import { useCallback } from 'react';
import {
  type RaRecord,
  useCreate,
  useNotify,
  useRedirect,
  useResourceContext,
  useUpdate,
} from 'react-admin';
import { apiFieldErrors } from '../common/api-field-problems';

type FormValues = Record<string, unknown>;

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

interface Options {
  /** The record being edited; absent when creating. */
  record?: RaRecord;
  /** What is sent, from the form's values. */
  transform?: (values: FormValues) => FormValues;
}

/**
 * A form's `onSubmit` that creates or updates the record and, when the API answers 400 with
 * `fields`, puts each message under its field (in the user's language): react-admin's own save only reads `body.errors`,
 * which the API does not send.
 */
export function useSaveWithFieldErrors({ record, transform }: Options) {
  const resource = useResourceContext();
  const [create] = useCreate();
  const [update] = useUpdate();
  const notify = useNotify();
  const redirect = useRedirect();

  return useCallback(
    async (values: FormValues): Promise<Record<string, string> | undefined> => {
      if (!resource) return undefined;
      const data = transform ? transform(values) : values;
      try {
        if (record) {
          await update(
            resource,
            { id: record.id, data, previousData: record },
            { mutationMode: 'pessimistic', returnPromise: true },
          );
        } else {
          await create(resource, { data }, { returnPromise: true });
        }
      } catch (error) {
        const fieldErrors = apiFieldErrors(error);
        if (Object.keys(fieldErrors).length > 0) {
          notify('ra.message.invalid_form', { type: 'error' });
          return fieldErrors;
        }
        notify('berdaya.programs.server_error', {
          type: 'error',
          messageArgs: { message: messageOf(error) },
        });
        return undefined;
      }
      notify(record ? 'ra.notification.updated' : 'ra.notification.created', {
        type: 'info',
        messageArgs: { smart_count: 1 },
      });
      redirect('list', resource);
      return undefined;
    },
    [resource, record, transform, create, update, notify, redirect],
  );
}
