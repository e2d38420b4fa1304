-- Neovim (0.7+) configuration for govreport reports: put this file in ~/.config/nvim/plugin/ or
-- source it from init.lua. Set GOVREPORT_JAR to the jar built by Maven
-- (org.govreport.dsl.ide/target/govreport.jar) or the one inside the VS Code extension.
-- (vim.filetype.add is opt-in on 0.7, so use the classic autocommand.)
vim.cmd('autocmd BufRead,BufNewFile *.govreport setfiletype govreport')

local jar = os.getenv('GOVREPORT_JAR') or vim.fn.expand('~/govreport/govreport.jar')

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'govreport',
  callback = function(args)
    local client = vim.lsp.start_client({
      name = 'govreport',
      cmd = { 'java', '-Xss4m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', jar,
              'org.govreport.dsl.ide.server.GovReportServerLauncher' },
      root_dir = vim.fs and vim.fs.dirname(args.file) or vim.fn.fnamemodify(args.file, ':p:h'),
      -- Problems of closed reports are listed when the folder holds at most this many (docs/editors.md).
      init_options = { closedReports = 100 },
    })
    vim.lsp.buf_attach_client(args.buf, client)
  end,
})
