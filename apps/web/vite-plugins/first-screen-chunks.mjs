// Puts the code of the first screen in two chunks instead of ~30: what index.html loads (React, the router,
// Apollo, i18n) and the antd parts the login page adds to it. Brotli compresses one file of related code far
// better than many small ones (measured on the login page: 300 KB → 274 KB), and every signed-in screen
// needs those same antd modules, so no screen downloads more than before.
//
// The antd modules are listed by hand (each takes its dependencies along): walking the module graph from the
// login page would go through antd's index, which imports every component (tree-shaking happens later). A
// module the login page starts using without being listed here still works; it is only fetched as a separate
// small file. Modules, not folders: antd/es/input/index.js also carries TextArea, Search and OTP.
const FIRST_SCREEN_ANTD = [
  'alert/index',
  'button/index',
  'config-provider/index',
  'flex/index',
  'form/index',
  'input/Input',
  'input/Password',
  'locale/index',
  'theme/index',
  'tooltip/index',
];
const FIRST_SCREEN_ICONS = ['GlobalOutlined', 'LockOutlined', 'MailOutlined'];

const sep = '[\\\\/]';
const antdModule = new RegExp(
  `${sep}node_modules${sep}antd${sep}es${sep}(${FIRST_SCREEN_ANTD.join('|').replaceAll('/', sep)})\\.js$`,
);
const antdIcon = new RegExp(
  `${sep}node_modules${sep}@ant-design${sep}icons${sep}es${sep}icons${sep}(${FIRST_SCREEN_ICONS.join('|')})\\.js$`,
);

/** rolldown `output.codeSplitting.groups`; a group's modules take their dependencies along. */
export const firstScreenGroups = [
  // Everything index.html loads, as one file (rolldown tags it $initial).
  { name: 'entry', tags: ['$initial'], priority: 2 },
  { name: 'antd-core', test: (id) => antdModule.test(id) || antdIcon.test(id), priority: 1 },
];
