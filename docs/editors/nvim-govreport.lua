-- Neovim (0.7+) configuration for govreport reports: put this file in ~/.config/nvim/plugin/ or
-- source it from init.lua. Set GOVREPORT_JAR to the jar built by Maven
-- (org.govreport.dsl.ide/target/govreport.jar) or the one inside the VS Code extension.
-- (vim.filetype.add is opt-in on 0.7, so use the classic autocommand.)
vim.cmd('autocmd BufRead,BufNewFile *.govreport setfiletype govreport')

local jar = os.getenv('GOVREPORT_JAR') or vim.fn.expand('~/govreport/govreport.jar')

-- One server per project (the folder holding .git, else the report's folder), shared by every report
-- opened in it: start_client alone would start a new Java process for each file.
local clients = {}

local function project_of(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  local git = vim.fn.finddir('.git', folder .. ';')
  return git ~= '' and vim.fn.fnamemodify(git, ':p:h:h') or folder
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'govreport',
  callback = function(args)
    local root = project_of(args.file)
    local id = clients[root]
    local running = id and vim.lsp.get_client_by_id(id)
    if not running or running.is_stopped() then
      id = vim.lsp.start_client({
        name = 'govreport',
        cmd = { 'java', '-Xss4m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', jar,
                'org.govreport.dsl.ide.server.GovReportServerLauncher' },
        root_dir = root,
        -- Problems of closed reports are listed when the folder holds at most this many (docs/editors.md).
        init_options = { closedReports = 100 },
      })
      clients[root] = id
    end
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
