/** Messages of reorganisation batches (docs/reorganisation.md). */
export const REORGANISATION_MESSAGES = {
  'reorganisation.unknownCode': {
    vi: 'Không có cơ quan mã "{code}" (hoặc bạn không có quyền với cơ quan này).',
    en: 'There is no agency with code "{code}" (or it is outside your scope).',
  },
  'reorganisation.hasProblems': {
    vi: 'Đợt sắp xếp có {count} lỗi; chưa có thay đổi nào được ghi. Hãy chạy thử để xem từng lỗi.',
    en: 'The reorganisation has {count} problem(s); nothing was written. Run a dry run to see each.',
  },
  'reorganisation.fileOrOperations': {
    vi: 'Chỉ gửi tệp hoặc danh sách thao tác, không gửi cả hai.',
    en: 'Send either a file or a list of operations, not both.',
  },
  'reorganisation.tooManyOperations': {
    vi: 'Một đợt sắp xếp có tối đa {max} thao tác.',
    en: 'A reorganisation has at most {max} operations.',
  },
  'reorganisation.notApplied': {
    vi: 'Đợt sắp xếp này đã được hoàn tác.',
    en: 'This reorganisation has already been undone.',
  },
  'reorganisation.undoBlocked': {
    vi: 'Không thể hoàn tác: đã có thay đổi sau đợt sắp xếp dựa trên nó ({reason}).',
    en: 'Cannot undo: later changes depend on this reorganisation ({reason}).',
  },
} as const;
