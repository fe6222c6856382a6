import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthErrorReason, Role } from '@partrack/shared';
import { graphQLError, renderWithProviders } from '../../testing/test-harness';
import { LoginDocument } from './graphql/auth.operations';
import { LoginForm } from './login-form.component';

const CREDENTIALS = { email: 'can.bo@noivu.gov.vn', password: 'mat-khau-du-dai' };

function loginMock(result: Record<string, unknown>) {
  return { request: { query: LoginDocument, variables: { input: CREDENTIALS } }, result };
}

// Pasted, not typed: these tests are about the API's answers, and each keystroke re-validated the whole form.
async function fillAndSubmit(harness: ReturnType<typeof renderWithProviders>) {
  await harness.user.click(screen.getByTestId('login-email'));
  await harness.user.paste(CREDENTIALS.email);
  await harness.user.click(screen.getByTestId('login-password'));
  await harness.user.paste(CREDENTIALS.password);
  await harness.user.click(screen.getByTestId('login-submit'));
}

describe('LoginForm', () => {
  it('shows Vietnamese validation messages for empty fields and a malformed email', async () => {
    const harness = renderWithProviders(<LoginForm onSuccess={vi.fn()} />, { role: null });
    await harness.user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('Vui lòng nhập địa chỉ thư điện tử.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeInTheDocument();

    await harness.user.type(screen.getByTestId('login-email'), 'khong-phai-email');
    expect(await screen.findByText('Địa chỉ thư điện tử không hợp lệ.')).toBeInTheDocument();
  });

  it('shows the API message when the credentials are wrong', async () => {
    const harness = renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      role: null,
      mocks: [loginMock(graphQLError('UNAUTHENTICATED', 'Thư điện tử hoặc mật khẩu không đúng.'))],
    });
    await fillAndSubmit(harness);
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('Đăng nhập không thành công');
    expect(alert).toHaveTextContent('Thư điện tử hoặc mật khẩu không đúng.');
    expect(harness.store.get()).toBeNull();
  });

  // The API's real answers (auth.int-spec and auth-concurrency.int-spec check the API side of this contract).
  it('explains a locked account with the message the API sends', async () => {
    const harness = renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      role: null,
      mocks: [
        loginMock(
          graphQLError('UNAUTHENTICATED', 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.', {
            reason: AuthErrorReason.ACCOUNT_LOCKED,
            retryAfterSeconds: 900,
          }),
        ),
      ],
    });
    await fillAndSubmit(harness);
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('Tài khoản không thể đăng nhập');
    expect(alert).toHaveTextContent('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    expect(alert).not.toHaveTextContent('Đăng nhập không thành công');
  });

  it('explains the per-address limit with the message the API sends', async () => {
    const harness = renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      role: null,
      mocks: [
        loginMock(
          graphQLError(
            'UNAUTHENTICATED',
            'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau 60 giây.',
            {
              reason: AuthErrorReason.RATE_LIMITED,
              retryAfterSeconds: 60,
            },
          ),
        ),
      ],
    });
    await fillAndSubmit(harness);
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('Đăng nhập sai quá nhiều lần');
    expect(alert).toHaveTextContent(
      'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau 60 giây.',
    );
  });

  it('puts BAD_USER_INPUT field messages under the matching field', async () => {
    const harness = renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      role: null,
      mocks: [
        loginMock(
          graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
            fields: [{ field: 'input.email', message: 'Tên miền thư điện tử không được phép.' }],
          }),
        ),
      ],
    });
    await fillAndSubmit(harness);
    expect(await screen.findByText('Tên miền thư điện tử không được phép.')).toBeInTheDocument();
    expect(screen.queryByTestId('login-error')).not.toBeInTheDocument();
  });

  it('stores the session and reports success', async () => {
    const onSuccess = vi.fn();
    const harness = renderWithProviders(<LoginForm onSuccess={onSuccess} />, {
      role: null,
      mocks: [
        loginMock({
          data: {
            login: {
              __typename: 'AuthPayload',
              accessToken: 'access-9',
              refreshToken: 'refresh-9',
              expiresIn: 900,
              user: {
                __typename: 'User',
                id: 'u-9',
                email: CREDENTIALS.email,
                fullName: 'Trần Thị Bình',
                role: Role.COORDINATOR,
                agencyId: 'a-2',
              },
            },
          },
        }),
      ],
    });
    await fillAndSubmit(harness);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(harness.store.get()).toMatchObject({
      accessToken: 'access-9',
      refreshToken: 'refresh-9',
      user: { role: Role.COORDINATOR },
    });
    expect(window.localStorage.getItem('partrack.session')).toContain('refresh-9');
  });
});
