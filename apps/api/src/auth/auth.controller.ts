import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { userRecordSchema } from '../users/user.record';
import { UsersService } from '../users/users.service';
import { signInSchema, tokenPairSchema } from './auth-answers.schema';
import {
  type Credentials,
  credentialsSchema,
  type OwnSettings,
  ownSettingsSchema,
  type RefreshTokenBody,
  refreshTokenBodySchema,
} from './auth-bodies.schema';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { Public } from './public.decorator';
import { OwnOnly } from './roles.decorator';

const error = { schema: schemaRef(errorBodySchema) };
const refreshBody = { schema: schemaRef(refreshTokenBodySchema) };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: an access token, a refresh token and who signed in' })
  @ApiBody({ schema: schemaRef(credentialsSchema) })
  @ApiOkResponse({ description: 'Signed in', schema: schemaRef(signInSchema) })
  @ApiUnauthorizedResponse({ description: 'The e-mail or the password is wrong', ...error })
  @ApiTooManyRequestsResponse({
    description: 'Too many failures for the e-mail or the address; `Retry-After` says how long',
    ...error,
  })
  login(
    @Body(new ZodValidationPipe(credentialsSchema)) credentials: Credentials,
    @Ip() ip: string,
  ) {
    return this.auth.signIn(credentials, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token, once, for a new pair of tokens' })
  @ApiBody(refreshBody)
  @ApiOkResponse({ description: 'The new pair', schema: schemaRef(tokenPairSchema) })
  @ApiUnauthorizedResponse({
    description: 'Unknown, expired or already used (which signs out its whole family)',
    ...error,
  })
  refresh(
    @Body(new ZodValidationPipe(refreshTokenBodySchema)) { refreshToken }: RefreshTokenBody,
    @Ip() ip: string,
  ) {
    return this.auth.refresh(refreshToken, ip);
  }

  // Public: signing out has to work with an expired access token; the refresh token is the proof.
  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: revoke the refresh token' })
  @ApiBody(refreshBody)
  @ApiNoContentResponse({ description: 'The token is revoked (or was not valid anyway)' })
  logout(@Body(new ZodValidationPipe(refreshTokenBodySchema)) { refreshToken }: RefreshTokenBody) {
    return this.auth.signOut(refreshToken);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who is signed in, with their assignments' })
  @ApiOkResponse({ description: 'The signed-in user', schema: schemaRef(userRecordSchema) })
  @ApiUnauthorizedResponse({ description: 'No valid access token', ...error })
  me(@CurrentUser() user: AuthUser) {
    return this.users.get(user, user.id);
  }

  // A preference, not case data: viewers set theirs too.
  @Put('me')
  @OwnOnly()
  @ApiOperation({ summary: "Change one's own settings: the language of the panel and of e-mails" })
  @ApiBody({ schema: schemaRef(ownSettingsSchema) })
  @ApiOkResponse({
    description: 'The signed-in user, changed',
    schema: schemaRef(userRecordSchema),
  })
  @ApiUnauthorizedResponse({ description: 'No valid access token', ...error })
  updateMe(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(ownSettingsSchema)) settings: OwnSettings,
  ) {
    return this.users.update(user.id, settings);
  }
}
