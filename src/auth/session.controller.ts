import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { ProblemDocument } from '../http/problem-details';
import { ROLES, Roles } from '../http/roles.decorator';
import type { Role } from '../http/roles.decorator';
import { authenticationOf } from './authentication';
import { principalOf } from './principal';
import { Public } from './public.decorator';
import { requestOrigin } from './same-origin';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, sessionIdsFromCookies } from './session-cookie';
import { ApiKeySessionIssuer } from './session-issuer';
import { sessionKeyOf, SessionStore, SessionView } from './session-store';

export class SignInDto {
  @ApiProperty({ description: 'An API key, as used for Authorization: Bearer. Checked, never stored.', example: '<api key>' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  readonly apiKey!: string;
}

export class SessionDocument {
  @ApiProperty({ enum: ROLES, example: 'operations' }) readonly role!: Role;
  @ApiProperty({ description: 'Recorded as the actor of every event written with this session', example: 'key:operations' }) readonly actor!: string;
  @ApiProperty({ description: 'Absolute end of the session (sign-in + SESSION_ABSOLUTE_HOURS)', example: '2026-03-01T21:00:00.000Z' })
  readonly expiresAt!: string;
  @ApiProperty({ description: 'End if no request comes before it (last request + SESSION_IDLE_MINUTES, at most expiresAt)', example: '2026-03-01T09:30:00.000Z' })
  readonly idleExpiresAt!: string;
}

export class CurrentSessionDocument {
  @ApiProperty({ enum: ROLES, example: 'operations' }) readonly role!: Role;
  @ApiProperty({ example: 'key:operations' }) readonly actor!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null with a bearer key (it does not expire)', example: '2026-03-01T21:00:00.000Z' })
  readonly expiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null with a bearer key', example: '2026-03-01T09:30:00.000Z' })
  readonly idleExpiresAt!: string | null;
  @ApiProperty({ enum: ['session', 'bearer'], description: 'How this request was authenticated' }) readonly via!: 'session' | 'bearer';
}

const problem = (status: number, description: string) => ApiResponse({ status, description, type: ProblemDocument });
const CREDENTIALS = 'Authenticated by the `ledger_session` cookie (set by POST /session) or `Authorization: Bearer <api key>`.';

/**
 * The browser console's sign-in: an API key typed once is exchanged for an HttpOnly session cookie; the screens only
 * ever use these three routes. The key is checked like a bearer token and forgotten; the session (server-side,
 * `SessionStore`) carries the key's principal. See docs/security.md "Browser sessions".
 */
@ApiTags('session')
@Controller('session')
export class SessionController {
  constructor(
    private readonly issuer: ApiKeySessionIssuer,
    private readonly sessions: SessionStore,
  ) {}

  @Post()
  @Public()
  @ApiOperation({
    summary: 'Sign in with an API key: sets the ledger_session cookie',
    description:
      'Answers the session and `Set-Cookie: ledger_session=<id>; Path=/; HttpOnly; SameSite=Strict` (+ `Secure` over HTTPS). ' +
      'A request whose Origin or Sec-Fetch-Site says another origin is refused (403): no site can sign a browser in. No key needed.',
  })
  @ApiBody({ type: SignInDto })
  @ApiResponse({ status: 201, description: 'Signed in; the cookie is set.', type: SessionDocument })
  @(problem(400, 'Unknown field, or apiKey missing or not a string.'))
  @(problem(401, 'The key is not a valid API key (no cookie is set).'))
  @(problem(403, 'Sent from another origin.'))
  @(problem(429, 'Rate limit exceeded.'))
  signIn(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): SessionDocument {
    if (requestOrigin(request.headers) === 'cross-origin') {
      throw new ForbiddenException('a sign-in must come from the console\'s own origin (Origin / Sec-Fetch-Site name another site)');
    }
    const issued = this.issuer.signIn(body.apiKey);
    if (!issued) throw new UnauthorizedException('the API key is not valid');
    // A browser signing in again leaves no second session behind.
    for (const id of sessionIdsFromCookies(request.headers)) this.sessions.end(sessionKeyOf(id));
    response.setHeader('Cache-Control', 'no-store');
    response.append('Set-Cookie', sessionCookie(issued.id, request.secure));
    const { role, actor } = issued.view.principal;
    return { role, actor, ...expiries(issued.view) };
  }

  @Get()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who is signed in: role, actor and when the session ends', description: `${CREDENTIALS} Roles: every role.` })
  @ApiResponse({ status: 200, description: 'The caller.', type: CurrentSessionDocument })
  @(problem(401, 'No valid session cookie or bearer key.'))
  current(@Req() request: Request, @Res({ passthrough: true }) response: Response): CurrentSessionDocument {
    const principal = principalOf(request)!;
    const authentication = authenticationOf(request);
    response.setHeader('Cache-Control', 'no-store');
    const session = authentication?.via === 'session' ? this.sessions.peek(authentication.sessionKey) : undefined;
    if (authentication?.via === 'session' && session) {
      return { role: principal.role, actor: principal.actor, ...expiries(session), via: 'session' };
    }
    return { role: principal.role, actor: principal.actor, expiresAt: null, idleExpiresAt: null, via: 'bearer' };
  }

  @Delete()
  @HttpCode(204)
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out: ends the session on the server and clears the cookie',
    description: `${CREDENTIALS} With the cookie it must come from the console's own origin (Origin / Sec-Fetch-Site), like every cookie request that changes something. With a bearer key there is no session to end: 204. Roles: every role.`,
  })
  @ApiResponse({ status: 204, description: `Signed out; \`Set-Cookie: ${SESSION_COOKIE}=; Max-Age=0\`.` })
  @(problem(401, 'No valid session cookie or bearer key.'))
  @(problem(403, 'Cookie request from another origin, or without Origin / Sec-Fetch-Site.'))
  signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    const authentication = authenticationOf(request);
    if (authentication?.via === 'session') this.sessions.end(authentication.sessionKey);
    response.setHeader('Cache-Control', 'no-store');
    response.append('Set-Cookie', clearedSessionCookie(request.secure));
  }
}

function expiries(session: SessionView): { expiresAt: string; idleExpiresAt: string } {
  return { expiresAt: session.expiresAt.toISOString(), idleExpiresAt: session.idleExpiresAt.toISOString() };
}
