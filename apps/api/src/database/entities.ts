import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [Agency, AgencyGroup, User, RefreshToken, LoginAttempt, ApiKey, AuditEntry];
