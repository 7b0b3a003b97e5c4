// A form in an el-dialog, as the console's pages open them: open or not, the values being edited, a
// saving flag for 确定, and the field errors of the server's problem+json under their form items.
// `submit` runs the request; on success the dialog closes, on failure the field the server named
// shows the error, or an ElMessage says it when no form item does.
import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { useFormErrors } from './formErrors';

/**
 * @param blank   () => the form's empty values, used by `start`
 * @param fields  the form items that show an error of their own (the server's field names)
 * @param fieldText  optional (field, error, form) => the Chinese text to show under that field instead
 *                   of the server's own detail (undefined keeps the detail)
 */
export function useFormDialog(blank, fields = [], fieldText = () => undefined) {
  const { errors, clear, show } = useFormErrors();
  const dialog = reactive({
    open: false,
    saving: false,
    form: blank(),
    errors,
    /** Opens the dialog with the blank values, overwritten by `values`. */
    start(values = {}) {
      dialog.form = { ...blank(), ...values };
      clear();
      dialog.open = true;
    },
    /**
     * Runs `send(form)`; true when it succeeded (the dialog is then closed). `refused(error)` turns an
     * error no form item shows into the message to show (default: the error's own message).
     */
    async submit(send, refused = (e) => e.message) {
      dialog.saving = true;
      try {
        await send(dialog.form);
        dialog.open = false;
        return true;
      } catch (e) {
        if (!show(e, fields)) ElMessage.error(refused(e));
        for (const field of Object.keys(errors)) errors[field] = fieldText(field, e, dialog.form) || errors[field];
        return false;
      } finally {
        dialog.saving = false;
      }
    },
  });
  return dialog;
}
