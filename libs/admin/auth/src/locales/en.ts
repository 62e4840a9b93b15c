import type { MessagesLike } from '@dsg/admin-i18n';
import type { AuthMessages } from './zh-CN';

const messages: MessagesLike<AuthMessages> = {
  login: {
    title: 'Log in',
    welcome: 'Welcome',
    subtitle: 'Double High-Level Plan · construction oversight',
    username: 'Username',
    usernamePlaceholder: 'Enter your username',
    password: 'Password',
    passwordPlaceholder: 'Enter your password',
    submit: 'Log in',
    submitting: 'Logging in…',
    failed: 'Login failed',
  },
  changePassword: {
    title: 'Change password',
    description: 'The new password needs at least 10 characters. Sessions on other devices will end.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    mismatch: 'The new passwords do not match',
    sameAsCurrent: 'The new password must differ from the current one',
    submit: 'Change password',
    success: 'Password changed',
  },
};

export default messages;
