// Puts the code of the first screen in two chunks instead of ~30: what index.html loads (React, the router,
// Apollo, i18n) and the antd parts the login page adds to it. Brotli compresses one file of related code far
// better than many small ones (measured on the login page: 300 KB → 274 KB), and every signed-in screen
// needs those same antd modules, so no screen downloads more than before.
//
// The antd components are listed by hand: walking the module graph from the login page would go through
// antd's index, which imports every component (tree-shaking happens later). A component the login page
// starts using without being listed here still works; it is only fetched as a separate small file.
const FIRST_SCREEN_ANTD = [
  'alert',
  'button',
  'config-provider',
  'flex',
  'form',
  'input',
  'locale',
  'theme',
  'tooltip',
];
const FIRST_SCREEN_ICONS = ['GlobalOutlined', 'LockOutlined', 'MailOutlined'];

const antdComponent = new RegExp(
  `[\\\\/]node_modules[\\\\/]antd[\\\\/]es[\\\\/](${FIRST_SCREEN_ANTD.join('|')})[\\\\/]`,
);
const antdIcon = new RegExp(
  `[\\\\/]node_modules[\\\\/]@ant-design[\\\\/]icons[\\\\/]es[\\\\/]icons[\\\\/](${FIRST_SCREEN_ICONS.join('|')})\\.js$`,
);

/** rolldown `output.codeSplitting.groups`; a group's modules take their dependencies along. */
export const firstScreenGroups = [
  // Everything index.html loads, as one file (rolldown tags it $initial).
  { name: 'entry', tags: ['$initial'], priority: 2 },
  { name: 'antd-core', test: (id) => antdComponent.test(id) || antdIcon.test(id), priority: 1 },
];
