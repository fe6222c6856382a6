import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography, type MenuProps, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/auth/session.context';
import { useLogout } from '../auth/use-logout.hook';

export function UserMenu() {
  const screens = Grid.useBreakpoint();
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  if (!session) return null;
  const { user } = session;

  const items: MenuProps['items'] = [
    {
      key: 'identity',
      disabled: true,
      label: (
        <Flex vertical>
          <Typography.Text strong>{user.fullName}</Typography.Text>
          <Typography.Text type="secondary">{user.email}</Typography.Text>
          <Typography.Text type="secondary">{t(`roles.${user.role}`)}</Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    {
      key: 'profile',
      icon: <UserOutlined />,
      label: <span data-testid="profile-link">{t('nav.profile')}</span>,
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('auth.logout')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') void navigate('/profile');
    if (key === 'logout') void logout();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" aria-label={t('auth.userMenu')}>
        <Avatar size="small" icon={<UserOutlined />} />
        {/* On a phone the avatar alone opens the menu, whose first entry names the user. */}
        {screens.sm !== false && <span className="user-menu-name">{user.fullName}</span>}
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
