/** What the public transparency routes (docs/public.md) can say; spread into the main table in messages.ts. */
export const PUBLIC_MESSAGES = {
  'public.year': {
    vi: 'Năm phải là số từ {min} đến {max}.',
    en: 'The year must be a number from {min} to {max}.',
  },
  'public.rateLimited': {
    vi: 'Có quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many requests from this address. Try again in {seconds} seconds.',
  },
} as const;
