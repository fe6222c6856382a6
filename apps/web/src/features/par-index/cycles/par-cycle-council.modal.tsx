import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useDebouncedValue } from '../../../app/ui/use-debounced-value.hook';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { ParCouncilMemberFieldsFragment, ParCycleDetailFragment } from '../../../gql/graphql';
import {
  ParCouncilCandidatesDocument,
  ParCycleDetailDocument,
  SetParCouncilDocument,
} from '../graphql/par-cycle-admin.operations';

interface Values {
  userIds: string[];
}

const FIELDS = ['userIds'] as const;
/** Waits for a pause in typing before asking the API, which answers 20 names at most per search. */
const SEARCH_DELAY_MS = 300;

/**
 * Names the appraisal council: users of the province found by name (parCouncilCandidates), in the order
 * chosen, the first one leading it. The cycle's version is pinned when the dialog opens.
 */
export function ParCycleCouncilModal({
  cycle,
  onClose,
}: {
  cycle: ParCycleDetailFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(cycle.version);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // Names of everyone seen so far, so chosen members keep their label when a search no longer lists them.
  const [known, setKnown] = useState<Map<string, ParCouncilMemberFieldsFragment>>(
    () => new Map(cycle.council.map((m) => [m.id, m])),
  );
  const candidates = useQuery(ParCouncilCandidatesDocument, {
    variables: { cycleId: cycle.id, search: term || null },
  });
  const [save, { loading }] = useMutation(SetParCouncilDocument);
  const watched = Form.useWatch('userIds', form) as string[] | undefined;
  const chosen = useMemo(() => watched ?? [], [watched]);

  const found = candidates.data?.parCouncilCandidates;
  useEffect(() => {
    if (found?.length) setKnown((prev) => new Map([...prev, ...found.map((m) => [m.id, m] as const)]));
  }, [found]);

  const options = useMemo(() => {
    const ids = [...chosen, ...(found ?? []).map((m) => m.id).filter((id) => !chosen.includes(id))];
    return ids.map((id) => {
      // A fresh search result is not in `known` until the effect above has run.
      const member = found?.find((m) => m.id === id) ?? known.get(id);
      const name = member?.fullName ?? id;
      return {
        value: id,
        label: member && !member.active ? `${name} (${t('parIndex.cycleAdmin.council.inactive')})` : name,
      };
    });
  }, [chosen, found, known, t]);
  const lead = chosen[0] ? known.get(chosen[0])?.fullName : undefined;

  const reload = async () => {
    await reloadWith(async () => {
      const { data } = await client.query({
        query: ParCycleDetailDocument,
        variables: { id: cycle.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      setKnown((prev) => new Map([...prev, ...data.parCycle.council.map((m) => [m.id, m] as const)]));
      form.setFieldsValue({ userIds: data.parCycle.councilUserIds });
      setVersion(data.parCycle.version);
    });
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      await save({ variables: { input: { id: cycle.id, version, userIds: values.userIds } } });
      void message.success(t('parIndex.cycleAdmin.council.saved'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.cycleAdmin.council.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading || reloading}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-council-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ userIds: cycle.councilUserIds }}
        onFinish={(values) => void submit(values)}
        disabled={loading || reloading}
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} reloading={reloading} />
        <Form.Item
          name="userIds"
          label={t('parIndex.cycleAdmin.council.members')}
          extra={
            lead
              ? t('parIndex.cycleAdmin.council.leadIs', { name: lead })
              : t('parIndex.cycleAdmin.council.membersHint')
          }
        >
          <Select<string[]>
            data-testid="par-council-select"
            mode="multiple"
            options={options}
            placeholder={t('parIndex.cycleAdmin.council.searchPlaceholder')}
            showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
            loading={candidates.loading}
            notFoundContent={
              candidates.loading
                ? t('common.loading')
                : candidates.error
                  ? t('parIndex.cycleAdmin.council.searchFailed')
                  : t('parIndex.cycleAdmin.council.noCandidates')
            }
            onSelect={() => setSearch('')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
