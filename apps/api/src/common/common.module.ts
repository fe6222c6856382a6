import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, loadConfig } from '../config/app-config';
import { LoaderRegistry } from './graphql/loader-registry';

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => loadConfig() }, LoaderRegistry],
  exports: [APP_CONFIG, LoaderRegistry],
})
export class CommonModule {}
