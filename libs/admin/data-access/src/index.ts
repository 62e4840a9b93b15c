import './ability/route-meta';
export * from './generated/graphql';
export {
  ACTIONS,
  SUBJECTS,
  createAppAbility,
  rulesFromPacked,
  type Action,
  type AppAbility,
  type AppRawRule,
  type Permission,
  type Subject,
} from './ability/ability';
export { createAccessDirective } from './ability/access-directive';
export { installAccess } from './ability/install-access';
export { useAccess } from './ability/use-access';
export {
  API_ERROR_CODES,
  ApiError,
  describeApiError,
  isApiError,
  toApiError,
  type ApiErrorCode,
  type FieldError,
} from './client/api-error';
export {
  createGraphQLClient,
  type GraphQLClient,
  type GraphQLClientOptions,
  type GraphQLDocument,
  type RequestArgs,
  type RequestOptions,
} from './client/graphql-client';
export { useConnection, type ConnectionLike, type PageVariables } from './composables/use-connection';
export { useFieldErrors } from './composables/use-field-errors';
export {
  DOWNLOAD_INTERRUPTED, NOT_THE_GATEWAY, PAYLOAD_TOO_LARGE, describeTransferError, errorFromAnswer, fileNameFromDisposition, saveBlob, useFileTransfer,
  type UploadOptions, type UploadProgress,
} from './composables/file-transfer';
export { useFormSubmit, type ValidatableForm } from './composables/use-form-submit';
export { useGraphQL, type LooseRequest } from './composables/use-graphql';
export { JOB_POLL_INTERVAL_MS, isJobFinished, useJobPolling, type PolledJob } from './composables/use-job-polling';
export { useMutation } from './composables/use-mutation';
export { useQuery, type UseQueryOptions } from './composables/use-query';
export { useAbilityStore } from './stores/ability-store';
export { useSessionStore, type SessionExpiredListener } from './stores/session-store';
export { useTenantStore } from './stores/tenant-store';
