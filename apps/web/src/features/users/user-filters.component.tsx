import { Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@partrack/shared';
import { AgencyPicker } from '../agencies/agency-picker.component';
import { roleOptions } from './role-options';

export interface UserFilterValues {
  search: string;
  role: Role | null;
  agencyId: string | null;
  includeInactive: boolean;
}

export const EMPTY_USER_FILTER: UserFilterValues = {
  search: '',
  role: null,
  agencyId: null,
  includeInactive: false,
};

export function UserFilters({
  value,
  onChange,
}: {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" style={{ flex: 1 }}>
      <Input.Search
        data-testid="user-filter-search"
        allowClear
        defaultValue={value.search}
        placeholder={t('user.filters.searchPlaceholder')}
        onSearch={(search) => onChange({ ...value, search: search.trim() })}
        style={{ width: 260 }}
      />
      <Select<Role | null>
        data-testid="user-filter-role"
        allowClear
        placeholder={t('user.filters.role')}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role ?? null })}
        options={roleOptions(t)}
        style={{ width: 200 }}
      />
      <div style={{ width: 280 }}>
        <AgencyPicker
          data-testid="user-filter-agency"
          placeholder={t('user.filters.agency')}
          value={value.agencyId}
          onChange={(agencyId) => onChange({ ...value, agencyId })}
        />
      </div>
      <Flex gap={6} align="center">
        <Switch
          id="user-filter-inactive"
          size="small"
          checked={value.includeInactive}
          onChange={(includeInactive) => onChange({ ...value, includeInactive })}
        />
        <Typography.Text>
          <label htmlFor="user-filter-inactive">{t('user.filters.includeInactive')}</label>
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
