import { NotificationKind } from './notification-kind';
import { agencyList, emailContent, notificationText, taskLabel } from './notification-texts';

describe('notification texts', () => {
  it('fills the Vietnamese templates', () => {
    const text = notificationText(NotificationKind.REPORT_ESCALATED, {
      subject: 'Báo cáo quý I năm 2024',
      agency: 'Sở Nội vụ',
      due: '15/03/2024',
      days: 5,
    });
    expect(text.title).toBe('Báo cáo quá hạn 5 ngày');
    expect(text.body).toBe(
      '"Báo cáo quý I năm 2024" của Sở Nội vụ đã quá hạn 5 ngày (hạn 15/03/2024) mà chưa được gửi.',
    );
  });

  it('names the month and the team leader of a scheduled inspection', () => {
    const text = notificationText(NotificationKind.INSPECTION_SCHEDULED, {
      subject: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2024',
      agency: 'UBND xã Một',
      month: 'tháng 5/2024',
      leader: 'Nguyễn Văn An',
    });
    expect(text.title).toBe('Lịch kiểm tra cải cách hành chính tháng 5/2024');
    expect(text.body).toBe(
      'UBND xã Một sẽ được kiểm tra công tác cải cách hành chính trong tháng 5/2024 theo "Kế hoạch kiểm tra công tác cải cách hành chính năm 2024"; trưởng đoàn kiểm tra: Nguyễn Văn An. Quyết định ban hành kế hoạch kiểm tra (DOCX) có trong partrack.',
    );
  });

  it('adds a review comment on its own line', () => {
    const text = notificationText(NotificationKind.REPORT_RETURNED, {
      subject: 'BC',
      agency: 'Sở',
      comment: 'Bổ sung số liệu',
    });
    expect(text.body.split('\n')).toEqual([
      '"BC" của Sở đã bị trả lại để chỉnh sửa.',
      'Ý kiến: Bổ sung số liệu',
    ]);
  });

  it('shortens long lists and titles', () => {
    expect(agencyList(['A', 'B', 'A'])).toBe('A, B');
    expect(agencyList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C và 2 cơ quan khác');
    expect(taskLabel('3.1', 'x'.repeat(200))).toHaveLength(4 + 2 + 120);
  });

  it('writes the email as text and escaped HTML', () => {
    const mail = emailContent(
      'Nguyễn <Văn> A',
      { title: 'Nhiệm vụ đã quá hạn', body: 'a & b' },
      'http://x/tasks/1',
    );
    expect(mail.subject).toBe('[partrack] Nhiệm vụ đã quá hạn');
    expect(mail.text).toContain('Kính gửi Nguyễn <Văn> A,\n\na & b\n\nXem chi tiết: http://x/tasks/1');
    expect(mail.html).toContain('Nguyễn &#60;Văn&#62; A');
    expect(mail.html).toContain('<p>a &#38; b</p>');
    expect(mail.html).toContain('<a href="http://x/tasks/1">');
  });
});
