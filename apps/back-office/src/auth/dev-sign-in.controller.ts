import { Body, Controller, Get, HttpCode, Inject, Module, Post } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import type { AppConfig } from '../config/config';
import { IsMoney, IsPositiveMoney, trimmed } from '../http/validators';
import { APP_CONFIG } from '../infrastructure/tokens';
import { Public } from './decorators';
import { loadOrCreateDevSecret } from './dev-secret';
import { mintToken } from './dev-token';
import { ROLES, type Role } from './roles';

/** A development token lives a working day at most, and never longer than AUTH_MAX_TOKEN_AGE. */
export const DEV_SIGN_IN_TTL_SECONDS = 8 * 3600;

export class DevSignInDto {
  @ApiProperty({
    example: 'anna',
    description:
      "Who signs in: the token's sub, recorded as the actor of every command (letters, digits, . _ @ -)",
  })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[\p{L}\p{N}._@-]*$/u, {
    message: '$property may hold letters, digits and . _ @ - only',
  })
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['clerk'] })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({
    example: '50000.00',
    description:
      "A credit officer's approval limit; without it the back office's APPROVAL_LIMIT_DEFAULT applies",
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  approvalLimit?: string;
}

export class DevSignInReplyDto {
  @ApiProperty({ description: 'The bearer token: send it as Authorization: Bearer <token>' })
  token!: string;

  @ApiProperty({ format: 'date-time', description: 'When the token expires' })
  expiresAt!: string;

  @ApiProperty({ example: 'anna' })
  sub!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiPropertyOptional({ example: '50000.00' })
  approvalLimit?: string;
}

export class DevSignInInfoDto {
  @ApiProperty({ enum: ROLES, isArray: true, description: 'The roles one may sign in with' })
  roles!: Role[];

  @ApiProperty({
    nullable: true,
    type: String,
    example: '25000.00',
    description:
      'The approval limit of an officer who names none (APPROVAL_LIMIT_DEFAULT); null: none',
  })
  defaultApprovalLimit!: string | null;

  @ApiProperty({ description: 'How long a development token lives, in seconds' })
  tokenLifetimeSeconds!: number;
}

/**
 * Development sign-in for the web app: on the embedded store without a token provider, a name
 * and roles get a token signed with the generated development secret (what `npm run token`
 * signs). AppModule registers this controller only in that mode, so on PostgreSQL, with a shared
 * secret or an identity provider, and under NODE_ENV=production (which refuses development mode)
 * the routes do not exist: 404. Production sign-in is the identity provider's (OpenID Connect).
 */
@ApiTags('development')
@Public()
@Controller('dev/sign-in')
export class DevSignInController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get ttlSeconds(): number {
    return Math.min(DEV_SIGN_IN_TTL_SECONDS, this.config.maxTokenAgeSeconds);
  }

  @Get()
  @ApiOperation({
    summary: 'Development sign-in is available (only on the embedded store without a provider)',
  })
  @ApiOkResponse({ type: DevSignInInfoDto })
  info(): DevSignInInfoDto {
    return {
      roles: [...ROLES],
      defaultApprovalLimit: this.config.defaultApprovalLimit?.toString() ?? null,
      tokenLifetimeSeconds: this.ttlSeconds,
    };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A development token for a name and roles (only on the embedded store without a provider)',
  })
  @ApiOkResponse({ type: DevSignInReplyDto })
  async signIn(@Body() body: DevSignInDto): Promise<DevSignInReplyDto> {
    const auth = this.config.auth;
    // AppModule registers this controller in development mode only; a configuration made
    // around loadConfig must not turn it into a token mint for another secret.
    if (auth.mode !== 'development' || process.env.NODE_ENV === 'production') {
      throw new Error('development sign-in outside development mode');
    }
    const secret = await loadOrCreateDevSecret(auth.secretFile);
    const ttlSeconds = this.ttlSeconds;
    const token = await mintToken({
      secret,
      sub: body.name,
      roles: body.roles,
      approvalLimit: body.approvalLimit,
      ttlSeconds,
      issuer: auth.issuer,
      audience: auth.audience,
    });
    return {
      token,
      expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
      sub: body.name,
      roles: body.roles,
      ...(body.approvalLimit !== undefined ? { approvalLimit: body.approvalLimit } : {}),
    };
  }
}

/** The development sign-in route; AppModule imports it in development mode only. */
@Module({ controllers: [DevSignInController] })
export class DevSignInModule {}
