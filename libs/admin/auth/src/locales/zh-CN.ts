const messages = {
  login: {
    title: '登录',
    welcome: '欢迎登录',
    subtitle: '中国特色高水平高职学校和专业建设计划 · 建设监管',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    failed: '登录失败',
  },
  changePassword: {
    title: '修改密码',
    description: '新密码至少 10 个字符。修改后其他设备上的登录将失效。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    mismatch: '两次输入的新密码不一致',
    sameAsCurrent: '新密码不能与当前密码相同',
    submit: '确认修改',
    success: '密码已修改',
  },
};

export default messages;
export type AuthMessages = typeof messages;
