import { ElMessage, ElMessageBox } from 'element-plus';

// Toasts and confirmations go through here so screens never import Element Plus services directly.

export function notifySuccess(message: string): void {
  ElMessage({ type: 'success', message, grouping: true });
}

export function notifyError(message: string): void {
  ElMessage({ type: 'error', message, grouping: true, duration: 5000 });
}

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmText: string;
  cancelText: string;
  danger?: boolean;
}

/** Resolves true when confirmed, false when cancelled or closed. */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  try {
    await ElMessageBox.confirm(options.message, options.title, {
      confirmButtonText: options.confirmText,
      cancelButtonText: options.cancelText,
      type: options.danger ? 'warning' : 'info',
      confirmButtonClass: options.danger ? 'el-button--danger' : undefined,
    });
    return true;
  } catch {
    return false;
  }
}
