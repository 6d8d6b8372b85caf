export * from './counting-projection';
