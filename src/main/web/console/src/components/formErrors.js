// Field errors of a form, filled from the ApiError a submit ends in: the field the server named in
// its problem+json shows its message under the matching <el-form-item :error="errors.x">; an error
// without a field is returned for an ElMessage.
import { reactive } from 'vue';

export function useFormErrors() {
  const errors = reactive({});
  function clear() {
    for (const key of Object.keys(errors)) delete errors[key];
  }
  /** Puts the error under its field; returns true when a form item shows it. */
  function show(error, known = []) {
    clear();
    if (!error?.field) return false;
    const field = known.find((k) => error.field === k || error.field.startsWith(`${k}.`) || error.field.startsWith(`${k}[`)) || error.field;
    errors[field] = error.detail || error.message;
    return known.length === 0 || known.includes(field);
  }
  return { errors, clear, show };
}
