import { screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { LoginPage } from '../../features/auth/login.page';
import { renderWithProviders } from '../../testing/test-harness';
import { createI18n } from './i18n.setup';
import { LANGUAGE_STORAGE_KEY } from './language';

describe('LanguageSwitch', () => {
  it('starts in Vietnamese, switches the texts to English and remembers the choice', async () => {
    const harness = renderWithProviders(<LoginPage />, { role: null });
    expect(screen.getByTestId('login-submit')).toHaveTextContent('Đăng nhập');
    expect(screen.getByText('Thư điện tử')).toBeInTheDocument();
    expect(screen.getByTestId('lang-switch')).toHaveTextContent('English');

    await harness.user.click(screen.getByTestId('lang-switch'));

    expect(await screen.findByText('Email')).toBeInTheDocument();
    expect(screen.getByTestId('login-submit')).toHaveTextContent('Sign in');
    expect(screen.getByTestId('lang-switch')).toHaveTextContent('Tiếng Việt');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(dayjs.locale()).toBe('en');

    // A fresh start (page reload) picks the remembered language up.
    expect(createI18n().language).toBe('en');
  });

  it('switches back to Vietnamese', async () => {
    const harness = renderWithProviders(<LoginPage />, { role: null, language: 'en' });
    await harness.user.click(screen.getByTestId('lang-switch'));
    expect(await screen.findByText('Thư điện tử')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('vi');
    expect(dayjs.locale()).toBe('vi');
  });
});
